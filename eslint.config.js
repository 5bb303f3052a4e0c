import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const coreSrc = 'packages/core/src';

/**
 * Layering (docs/architecture.md): the core is pure, and data flows one way
 * model → analyses → findings/risk → report. These zones make the direction a lint error.
 */
const UPPER_LAYERS = ['analyses', 'findings', 'risk', 'report', 'node'];
/** Each library folder and the sibling libraries it must not import. */
const LIBRARIES = [
  ['versions', ['inventory', 'vex', 'scoring', 'lifecycle', 'provenance', 'model']],
  ['inventory', ['advisories', 'versions', 'vex', 'scoring', 'lifecycle', 'provenance', 'model']],
  ['advisories', ['vex', 'scoring', 'lifecycle', 'provenance', 'model']],
  ['vex', ['scoring', 'lifecycle', 'provenance', 'model']],
  ['scoring', ['inventory', 'advisories', 'versions', 'vex', 'lifecycle', 'provenance']],
  ['lifecycle', ['vex', 'scoring', 'provenance', 'model']],
  ['provenance', ['model', 'inventory', 'advisories', 'versions', 'vex', 'scoring', 'lifecycle']],
];

const layering = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: [
        {
          target: `${coreSrc}/model`,
          from: [
            `${coreSrc}/analyses`,
            `${coreSrc}/risk`,
            `${coreSrc}/report`,
            `${coreSrc}/findings`,
            `${coreSrc}/node`,
          ],
          message: 'model/ is the bottom layer',
        },
        {
          // Tests may check a rule's finding all the way through the risk step.
          target: `${coreSrc}/analyses/**/!(*.test).ts`,
          from: [`${coreSrc}/report`, `${coreSrc}/node`, `${coreSrc}/risk`],
          message: 'analyses/ must not depend on risk, report or node',
        },
        {
          target: `${coreSrc}/findings`,
          from: [`${coreSrc}/report`, `${coreSrc}/node`, `${coreSrc}/analyses`],
          message: 'findings/ holds types and helpers below the analyses',
        },
        {
          target: `${coreSrc}/risk`,
          from: [`${coreSrc}/report`, `${coreSrc}/node`],
          message: 'risk/ must not depend on report or node',
        },
        { target: `${coreSrc}/report`, from: [`${coreSrc}/node`], message: 'report/ is pure' },
        {
          target: `${coreSrc}/common`,
          from: [
            `${coreSrc}/model`,
            `${coreSrc}/analyses`,
            `${coreSrc}/risk`,
            `${coreSrc}/report`,
            `${coreSrc}/findings`,
            `${coreSrc}/node`,
          ],
          message: 'common/ holds no domain code',
        },
        // The domain libraries the analyses build on (supply chain, scoring, lifecycle data,
        // provenance) sit beside model/: none reaches up into analyses, findings, risk, report or
        // node, and among themselves they depend only downwards:
        // common → versions, inventory → advisories → vex; scoring and provenance stand alone.
        ...LIBRARIES.map(([folder, alsoForbidden]) => ({
          target: `${coreSrc}/${folder}`,
          from: [...UPPER_LAYERS, ...alsoForbidden].map((f) => `${coreSrc}/${f}`),
          message: `${folder}/ is a library below the analyses (see docs/architecture.md)`,
        })),
        {
          target: 'packages/core',
          from: ['packages/cli'],
          message: 'the core never depends on a shell',
        },
      ],
    },
  ],
};

const purity = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [
            'node:*',
            'fs',
            'fs/*',
            'path',
            'os',
            'child_process',
            'http',
            'https',
            'net',
            'crypto',
            'process',
          ],
          message: 'the core is pure: I/O belongs in src/node/ or the shells',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'the core reads no environment; take it as an argument' },
    { name: 'console', message: 'the core never logs; return an Issue or a status instead' },
    { name: 'fetch', message: 'the core does no network access' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: 'TSEnumDeclaration', message: 'use an `as const` array and a derived union' },
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'the clock comes in as options.now',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'the clock comes in as options.now',
    },
    {
      selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
      message: 'output must be deterministic',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'coverage/**',
      '**/__fixtures__/**',
      'bench-out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'scripts/*.js', 'packages/cli/bin/*.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Our sources import `./x.js` that exists as `./x.ts`; a resolver that cannot see that leaves
      // every import unresolved, and no-restricted-paths then silently checks nothing.
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      ...layering,
      'import-x/no-default-export': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'use an `as const` array and a derived union' },
      ],
    },
  },
  {
    files: [`${coreSrc}/**/*.ts`],
    ignores: [`${coreSrc}/node/**`, `${coreSrc}/**/*.test.ts`],
    rules: purity,
  },
  {
    files: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      'max-lines': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['vitest.config.ts', 'vitest.conformance.config.ts', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
