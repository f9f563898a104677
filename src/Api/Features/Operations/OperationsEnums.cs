using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Operations;

namespace InfoGov.Api.Features.Operations;

public sealed class HostingGraphType() : DescribedEnumGraphType<Hosting>("Where a system runs.", new Dictionary<Hosting, string>
{
    [Hosting.GovernmentCloud] = "The government cloud run by the information centre.",
    [Hosting.CentralMachineRoom] = "The central machine room.",
    [Hosting.DepartmentRoom] = "The department's own machine room.",
    [Hosting.ThirdParty] = "A vendor's or another party's facility.",
});

public sealed class SystemStatusGraphType() : DescribedEnumGraphType<SystemStatus>("Where an information system stands.", new Dictionary<SystemStatus, string>
{
    [SystemStatus.InOperation] = "In operation.",
    [SystemStatus.Suspended] = "Suspended for now.",
    [SystemStatus.Retired] = "Retired; no longer counted in the indicators.",
});

public sealed class IncidentSeverityGraphType() : DescribedEnumGraphType<IncidentSeverity>("How bad an incident is; each severity has a repair target (Operations:RepairTargets).", new Dictionary<IncidentSeverity, string>
{
    [IncidentSeverity.Critical] = "Service down for many users; repair target 4 hours by default.",
    [IncidentSeverity.Major] = "Service down or badly degraded; 24 hours by default.",
    [IncidentSeverity.Minor] = "Limited impact; 72 hours by default.",
});

public sealed class BackupKindGraphType() : DescribedEnumGraphType<BackupKind>("A backup taken, or a drill restoring one.", new Dictionary<BackupKind, string>
{
    [BackupKind.Backup] = "A backup taken.",
    [BackupKind.RestoreDrill] = "A drill that restored a backup and checked it.",
});

public sealed class DrillOutcomeGraphType() : DescribedEnumGraphType<DrillOutcome>("How an emergency drill went.", new Dictionary<DrillOutcome, string>
{
    [DrillOutcome.Passed] = "The plan worked as written and service was restored in time.",
    [DrillOutcome.PassedWithIssues] = "Service was restored, with shortcomings to put right (named in the findings).",
    [DrillOutcome.Failed] = "The plan did not restore service.",
});

public sealed class SecurityReviewKindGraphType() : DescribedEnumGraphType<SecurityReviewKind>("What kind of security review of a system was made.", new Dictionary<SecurityReviewKind, string>
{
    [SecurityReviewKind.SecurityCheck] = "A security check (安全检查): configuration, patches, accounts, logs.",
    [SecurityReviewKind.RiskAssessment] = "A risk assessment (风险评估): threats, vulnerabilities and their consequences.",
});

public sealed class FindingSeverityGraphType() : DescribedEnumGraphType<FindingSeverity>("How serious a security finding is.", new Dictionary<FindingSeverity, string>
{
    [FindingSeverity.High] = "Exploitable or service-threatening: announced as SECURITY_FINDING_RAISED.",
    [FindingSeverity.Medium] = "To be put right on schedule.",
    [FindingSeverity.Low] = "A weakness of little consequence.",
});
