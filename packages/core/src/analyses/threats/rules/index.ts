import type { ThreatRule } from '../types.js';
import { aiAdaptiveWithoutPccp } from './ai-adaptive-without-pccp.js';
import { aiAdversarialInputUnvalidated } from './ai-adversarial-input-unvalidated.js';
import { aiDataPoisoning } from './ai-data-poisoning.js';
import { aiEvasion } from './ai-evasion.js';
import { aiMlbomIncomplete } from './ai-mlbom-incomplete.js';
import { aiModelDigestMismatch } from './ai-model-digest-mismatch.js';
import { aiModelSupplyChain } from './ai-model-supply-chain.js';
import { aiModelTheftInversion } from './ai-model-theft-inversion.js';
import { aiPerformanceDrift } from './ai-performance-drift.js';
import { appStoreImpersonation } from './app-store-impersonation.js';
import { assumptionWithoutOwner } from './assumption-without-owner.js';
import { batteryDrainDos } from './battery-drain-dos.js';
import { boundaryCrossingCommandsUnattributed } from './boundary-crossing-commands-unattributed.js';
import { boundaryCrossingUnauthenticated } from './boundary-crossing-unauthenticated.js';
import { boundaryWithoutCrossing } from './boundary-without-crossing.js';
import { ciCdCompromise } from './ci-cd-compromise.js';
import { clinicProgrammerMultiPatient } from './clinic-programmer-multi-patient.js';
import { cloudAuditLogMissing } from './cloud-audit-log-missing.js';
import { cloudAvailabilityBelowTolerance } from './cloud-availability-below-tolerance.js';
import { cloudBreachNotificationTooSlow } from './cloud-breach-notification-too-slow.js';
import { cloudOutagePatientHarm } from './cloud-outage-patient-harm.js';
import { cloudRpoExceedsDataLossTolerance } from './cloud-rpo-exceeds-data-loss-tolerance.js';
import { cloudRtoExceedsTolerance } from './cloud-rto-exceeds-tolerance.js';
import { cloudSingleRegion } from './cloud-single-region.js';
import { cloudSlaNotAssessable } from './cloud-sla-not-assessable.js';
import { commandsNotAttributable } from './commands-not-attributable.js';
import { componentPastEndOfSupport } from './component-past-end-of-support.js';
import { componentWithoutDeployment } from './component-without-deployment.js';
import { componentWithoutOwner } from './component-without-owner.js';
import { controlNotVerified } from './control-not-verified.js';
import { controlWithoutOwner } from './control-without-owner.js';
import { crcAsSecurityIntegrity } from './crc-as-security-integrity.js';
import { credentialsNotChangeable } from './credentials-not-changeable.js';
import { cryptoNotFieldUpdatable } from './crypto-not-field-updatable.js';
import { dataStoreDenialOfService } from './data-store-denial-of-service.js';
import { dataStoreInformationDisclosure } from './data-store-information-disclosure.js';
import { dataStoreRepudiation } from './data-store-repudiation.js';
import { dataStoreTampering } from './data-store-tampering.js';
import { debugPortOpen } from './debug-port-open.js';
import { defaultCredentials } from './default-credentials.js';
import { deprecatedAlgorithmInCbom } from './deprecated-algorithm-in-cbom.js';
import { deprecatedCryptoAlgorithm } from './deprecated-crypto-algorithm.js';
import { deprecatedTlsVersion } from './deprecated-tls-version.js';
import { deviceEndOfSupportWithoutNotice } from './device-end-of-support-without-notice.js';
import { externalEntityRepudiation } from './external-entity-repudiation.js';
import { externalEntitySpoofing } from './external-entity-spoofing.js';
import { fleetBackendCompromise } from './fleet-backend-compromise.js';
import { flowDenialOfService } from './flow-denial-of-service.js';
import { flowInformationDisclosure } from './flow-information-disclosure.js';
import { flowTampering } from './flow-tampering.js';
import { functionNotServed } from './function-not-served.js';
import { hardcodedCredentials } from './hardcoded-credentials.js';
import { harmfulCommandWithoutAntiReplay } from './harmful-command-without-anti-replay.js';
import { harmfulCommandWithoutPhysicalIntent } from './harmful-command-without-physical-intent.js';
import { homeMadeCrypto } from './home-made-crypto.js';
import { hostileHomeNetworkReliance } from './hostile-home-network-reliance.js';
import { householdPhysicalAccess } from './household-physical-access.js';
import { insecureBlePairing } from './insecure-ble-pairing.js';
import { isolatedComponent } from './isolated-component.js';
import { keyDerivedFromSerialNumber } from './key-derived-from-serial-number.js';
import { keyStorageUnprotected } from './key-storage-unprotected.js';
import { knownVulnerability } from './known-vulnerability.js';
import { legacyOperatingSystem } from './legacy-operating-system.js';
import { legacyProtocol } from './legacy-protocol.js';
import { localConsoleAccess } from './local-console-access.js';
import { logsNotExported } from './logs-not-exported.js';
import { logsTamperable } from './logs-tamperable.js';
import { mobileAppNoRootDetection } from './mobile-app-no-root-detection.js';
import { multiTenantIsolation } from './multi-tenant-isolation.js';
import { noDenyByDefault } from './no-deny-by-default.js';
import { noDosProtection } from './no-dos-protection.js';
import { noInputValidation } from './no-input-validation.js';
import { noInterruptedUpdateRecovery } from './no-interrupted-update-recovery.js';
import { noMutualAuthenticationOffsite } from './no-mutual-authentication-offsite.js';
import { noOfflineMode } from './no-offline-mode.js';
import { noSafeStateOnCommunicationLoss } from './no-safe-state-on-communication-loss.js';
import { noSecurityLogging } from './no-security-logging.js';
import { noSessionTimeout } from './no-session-timeout.js';
import { noTamperEvidence } from './no-tamper-evidence.js';
import { noUpdateResourceReserve } from './no-update-resource-reserve.js';
import { oneToManyUpdateServer } from './one-to-many-update-server.js';
import { passwordOnlyAuthentication } from './password-only-authentication.js';
import { patientInitiatedUpdateUnguided } from './patient-initiated-update-unguided.js';
import { patientPhoneTrustedGateway } from './patient-phone-trusted-gateway.js';
import { patientTaskRequiresSkill } from './patient-task-requires-skill.js';
import { portWithNothingConnected } from './port-with-nothing-connected.js';
import { pqcReplacementInfeasible } from './pqc-replacement-infeasible.js';
import { privilegedAccessWithoutMfa } from './privileged-access-without-mfa.js';
import { processDenialOfService } from './process-denial-of-service.js';
import { processElevationOfPrivilege } from './process-elevation-of-privilege.js';
import { processInformationDisclosure } from './process-information-disclosure.js';
import { processRepudiation } from './process-repudiation.js';
import { processSpoofing } from './process-spoofing.js';
import { processTampering } from './process-tampering.js';
import { quantumMoscaAtRisk } from './quantum-mosca-at-risk.js';
import { quantumVulnerableLongLived } from './quantum-vulnerable-long-lived.js';
import { removableMediaCodeLoad } from './removable-media-code-load.js';
import { responsibilityLayTechnicalTask } from './responsibility-lay-technical-task.js';
import { responsibilityNoAccountable } from './responsibility-no-accountable.js';
import { responsibilityNoResponsible } from './responsibility-no-responsible.js';
import { responsibilityNotCommunicated } from './responsibility-not-communicated.js';
import { responsibilitySeveralAccountable } from './responsibility-several-accountable.js';
import { sharedCredentialsAcrossDevices } from './shared-credentials-across-devices.js';
import { sharedKeyAcrossFleet } from './shared-key-across-fleet.js';
import { signatureOmitsVersion } from './signature-omits-version.js';
import { signatureVerifiedOffDevice } from './signature-verified-off-device.js';
import { signingKeyOnUpdateServer } from './signing-key-on-update-server.js';
import { signingKeyStorageWeak } from './signing-key-storage-weak.js';
import { silentTransferGenericAssumption } from './silent-transfer-generic-assumption.js';
import { softwareWithoutSbom } from './software-without-sbom.js';
import { spoofableSafetyTelemetry } from './spoofable-safety-telemetry.js';
import { strideCoverageGap } from './stride-coverage-gap.js';
import { supportEndsBeforeServiceLife } from './support-ends-before-service-life.js';
import { treatmentIncomplete } from './treatment-incomplete.js';
import { treatmentReliesOnPlannedControl } from './treatment-relies-on-planned-control.js';
import { unauthenticatedUpdatePath } from './unauthenticated-update-path.js';
import { unlabelledElement } from './unlabelled-element.js';
import { unusedInterfaceEnabled } from './unused-interface-enabled.js';
import { updateDowngradeAllowed } from './update-downgrade-allowed.js';
import { updateImageUnencrypted } from './update-image-unencrypted.js';
import { updateSourceUnprotected } from './update-source-unprotected.js';
import { updateWithoutPostInstallValidation } from './update-without-post-install-validation.js';
import { usbServicePortUnauthenticated } from './usb-service-port-unauthenticated.js';
import { weakHashMd5Sha1 } from './weak-hash-md5-sha1.js';

/** Every built-in rule, one line each, alphabetical. The contract test checks it against the folder. */
export const THREAT_RULES: readonly ThreatRule[] = [
  aiAdaptiveWithoutPccp,
  aiAdversarialInputUnvalidated,
  aiDataPoisoning,
  aiEvasion,
  aiMlbomIncomplete,
  aiModelDigestMismatch,
  aiModelSupplyChain,
  aiModelTheftInversion,
  aiPerformanceDrift,
  appStoreImpersonation,
  assumptionWithoutOwner,
  batteryDrainDos,
  boundaryCrossingCommandsUnattributed,
  boundaryCrossingUnauthenticated,
  boundaryWithoutCrossing,
  ciCdCompromise,
  clinicProgrammerMultiPatient,
  cloudAuditLogMissing,
  cloudAvailabilityBelowTolerance,
  cloudBreachNotificationTooSlow,
  cloudOutagePatientHarm,
  cloudRpoExceedsDataLossTolerance,
  cloudRtoExceedsTolerance,
  cloudSingleRegion,
  cloudSlaNotAssessable,
  commandsNotAttributable,
  componentPastEndOfSupport,
  componentWithoutDeployment,
  componentWithoutOwner,
  controlNotVerified,
  controlWithoutOwner,
  crcAsSecurityIntegrity,
  credentialsNotChangeable,
  cryptoNotFieldUpdatable,
  dataStoreDenialOfService,
  dataStoreInformationDisclosure,
  dataStoreRepudiation,
  dataStoreTampering,
  debugPortOpen,
  defaultCredentials,
  deprecatedAlgorithmInCbom,
  deprecatedCryptoAlgorithm,
  deprecatedTlsVersion,
  deviceEndOfSupportWithoutNotice,
  externalEntityRepudiation,
  externalEntitySpoofing,
  fleetBackendCompromise,
  flowDenialOfService,
  flowInformationDisclosure,
  flowTampering,
  functionNotServed,
  hardcodedCredentials,
  harmfulCommandWithoutAntiReplay,
  harmfulCommandWithoutPhysicalIntent,
  homeMadeCrypto,
  hostileHomeNetworkReliance,
  householdPhysicalAccess,
  insecureBlePairing,
  isolatedComponent,
  keyDerivedFromSerialNumber,
  keyStorageUnprotected,
  knownVulnerability,
  legacyOperatingSystem,
  legacyProtocol,
  localConsoleAccess,
  logsNotExported,
  logsTamperable,
  mobileAppNoRootDetection,
  multiTenantIsolation,
  noDenyByDefault,
  noDosProtection,
  noInputValidation,
  noInterruptedUpdateRecovery,
  noMutualAuthenticationOffsite,
  noOfflineMode,
  noSafeStateOnCommunicationLoss,
  noSecurityLogging,
  noSessionTimeout,
  noTamperEvidence,
  noUpdateResourceReserve,
  oneToManyUpdateServer,
  passwordOnlyAuthentication,
  patientInitiatedUpdateUnguided,
  patientPhoneTrustedGateway,
  patientTaskRequiresSkill,
  portWithNothingConnected,
  pqcReplacementInfeasible,
  privilegedAccessWithoutMfa,
  processDenialOfService,
  processElevationOfPrivilege,
  processInformationDisclosure,
  processRepudiation,
  processSpoofing,
  processTampering,
  quantumMoscaAtRisk,
  quantumVulnerableLongLived,
  removableMediaCodeLoad,
  responsibilityLayTechnicalTask,
  responsibilityNoAccountable,
  responsibilityNoResponsible,
  responsibilityNotCommunicated,
  responsibilitySeveralAccountable,
  sharedCredentialsAcrossDevices,
  sharedKeyAcrossFleet,
  signatureOmitsVersion,
  signatureVerifiedOffDevice,
  signingKeyOnUpdateServer,
  signingKeyStorageWeak,
  silentTransferGenericAssumption,
  softwareWithoutSbom,
  spoofableSafetyTelemetry,
  strideCoverageGap,
  supportEndsBeforeServiceLife,
  treatmentIncomplete,
  treatmentReliesOnPlannedControl,
  unauthenticatedUpdatePath,
  unlabelledElement,
  unusedInterfaceEnabled,
  updateDowngradeAllowed,
  updateImageUnencrypted,
  updateSourceUnprotected,
  updateWithoutPostInstallValidation,
  usbServicePortUnauthenticated,
  weakHashMd5Sha1,
];
