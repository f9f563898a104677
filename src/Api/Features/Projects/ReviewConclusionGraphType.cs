using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ReviewConclusionGraphType() : DescribedEnumGraphType<ReviewConclusion>(
    "An expert panel's, or one expert's, recommendation.",
    new Dictionary<ReviewConclusion, string>
    {
        [ReviewConclusion.Approve] = "Approve the project as submitted.",
        [ReviewConclusion.ApproveWithConditions] = "Approve on stated conditions.",
        [ReviewConclusion.Revise] = "Return for revision.",
        [ReviewConclusion.Reject] = "Reject the project.",
    });
