namespace InfoGov.Domain.Assessments;

/// <summary>The grade an assessment score earns.</summary>
public enum AssessmentGrade
{
    Excellent,
    Good,
    Pass,
    Fail,
}
