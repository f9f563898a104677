using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Assessments;

namespace InfoGov.Api.Features.Assessments;

public sealed class AssessmentGradeGraphType() : DescribedEnumGraphType<AssessmentGrade>(
    "The grade an assessment score earns.",
    new Dictionary<AssessmentGrade, string>
    {
        [AssessmentGrade.Excellent] = "Score of 90 or more.",
        [AssessmentGrade.Good] = "Score from 75 to under 90.",
        [AssessmentGrade.Pass] = "Score from 60 to under 75.",
        [AssessmentGrade.Fail] = "Score under 60.",
    });
