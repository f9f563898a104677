namespace InfoGov.Domain.Projects;

/// <summary>What to do with a delivered system after post-evaluation.</summary>
public enum EvaluationConclusion
{
    Continue,
    Improve,
    Replace,
    Retire,
}
