using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ProjectLevelGraphType() : DescribedEnumGraphType<ProjectLevel>(
    "The level of government a project is a key project of. Municipal key and above are major projects.",
    new Dictionary<ProjectLevel, string>
    {
        [ProjectLevel.National] = "A national key project.",
        [ProjectLevel.Provincial] = "A provincial key project.",
        [ProjectLevel.Municipal] = "A municipal key project.",
        [ProjectLevel.RegionalKey] = "A regional key project.",
        [ProjectLevel.Departmental] = "A department's own project.",
    });
