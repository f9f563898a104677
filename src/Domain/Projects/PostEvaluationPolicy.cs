namespace InfoGov.Domain.Projects;

/// <summary>How long an accepted system runs stably before it is evaluated (configuration key
/// <c>Projects:StableOperationMonths</c>, default 6).</summary>
public sealed record PostEvaluationPolicy(int StableOperationMonths = PostEvaluationPolicy.DefaultStableOperationMonths)
{
    public const int DefaultStableOperationMonths = 6;

    /// <summary>The first day an accepted project may be evaluated.</summary>
    public DateOnly EarliestEvaluationOn(DateOnly completedOn) => completedOn.AddMonths(StableOperationMonths);
}
