using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>The evaluation of a system after stable operation.</summary>
public sealed class PostEvaluation : Entity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required DateOnly EvaluatedOn { get; init; }
    /// <summary>Engineering quality score, 0-100.</summary>
    public required int QualityScore { get; init; }
    public required OperatingStatus OperatingStatus { get; init; }
    /// <summary>Return on investment as a ratio (0.15 = 15%).</summary>
    public required decimal ReturnOnInvestment { get; init; }
    public required EvaluationConclusion Conclusion { get; init; }
    public string? Summary { get; init; }
}
