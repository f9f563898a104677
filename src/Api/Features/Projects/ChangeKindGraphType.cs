using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ChangeKindGraphType() : DescribedEnumGraphType<ChangeKind>(
    "What a change request changes.",
    new Dictionary<ChangeKind, string>
    {
        [ChangeKind.Scope] = "The scope of the project.",
        [ChangeKind.Budget] = "The budget of the project.",
        [ChangeKind.Dates] = "The start or due date of the project.",
    });
