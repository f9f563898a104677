using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class EvaluationConclusionGraphType() : DescribedEnumGraphType<EvaluationConclusion>(
    "What to do with a delivered system after post-evaluation.",
    new Dictionary<EvaluationConclusion, string>
    {
        [EvaluationConclusion.Continue] = "Keep operating it as it is.",
        [EvaluationConclusion.Improve] = "Keep it and improve it.",
        [EvaluationConclusion.Replace] = "Replace it.",
        [EvaluationConclusion.Retire] = "Retire it.",
    });
