using InfoGov.Api.Common.Mutations;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Projects;

/// <summary>Input of <c>fileImplementationPlan</c>.</summary>
public sealed record FileImplementationPlanInput(string ProjectId, int Version, string Tasks, string SystemDesign, string? EquipmentSelection, string Schedule);

/// <summary>Input of <c>recordTender</c>.</summary>
public sealed record RecordTenderInput(string ProjectId, string Title, TenderMethod Method, DateOnly PublishedOn, DateOnly? AwardedOn, string? WinningVendor, int? BidCount);

/// <summary>Input of <c>signContract</c>.</summary>
public sealed record SignContractInput(string ProjectId, string? TenderId, string Number, string Vendor, MoneyInput Amount, DateOnly SignedOn);

/// <summary>Input of <c>submitProgressReport</c>.</summary>
public sealed record SubmitProgressReportInput(string ProjectId, DateOnly Month, int ProgressPercent, MoneyInput SpendToDate, string? Issues, string? Risks, string? Explanation);

/// <summary>Input of <c>requestChange</c>: the plan fields given replace the baseline's if approved.</summary>
public sealed record RequestChangeInput(string ProjectId, ChangeKind Kind, string Reason, string? Scope, MoneyInput? Budget, DateOnly? StartOn, DateOnly? DueOn);

/// <summary>Input of <c>decideChange</c>.</summary>
public sealed record DecideChangeInput(string ChangeRequestId, int Version, bool Approve, string? Note);

/// <summary>Input of <c>recordAcceptance</c>.</summary>
/// <summary>Input of <c>requestAcceptance</c>.</summary>
public sealed record RequestAcceptanceInput(string Id, int Version, string? ExceptionReason);

public sealed record RecordAcceptanceInput(string ProjectId, int Version, DateOnly HeldOn, AcceptanceResult Result, string? Conditions, string? Notes, List<AcceptanceOpinionInput>? Opinions);

/// <summary>One expert's opinion in <see cref="RecordAcceptanceInput"/>.</summary>
public sealed record AcceptanceOpinionInput(string ExpertCode, AcceptanceResult Verdict, string? Comment);

/// <summary>Input of <c>recordPostEvaluation</c>.</summary>
public sealed record RecordPostEvaluationInput(string ProjectId, int Version, DateOnly EvaluatedOn, int QualityScore, OperatingStatus OperatingStatus,
    decimal ReturnOnInvestment, EvaluationConclusion Conclusion, string? Summary);
