using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>updateProjectDraft</c>: the fields given are changed, the others kept.</summary>
public sealed record UpdateProjectDraftInput(
    string Id, int Version, string? Name, string? NameEn, string? Description, ProjectLevel? Level, string? ProgrammeCode,
    bool? IsCrossDepartment, string? Scope, MoneyInput? Budget, DateOnly? StartOn, DateOnly? DueOn, string? FeasibilityStudyReference);

public sealed class UpdateProjectDraftInputGraphType : InputObjectGraphType<UpdateProjectDraftInput>
{
    public UpdateProjectDraftInputGraphType()
    {
        Name = "UpdateProjectDraftInput";
        Description = "Changes to a draft or an application returned for revision; fields left out keep their value.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; a stale version is refused with CONFLICT.");
        Field<StringGraphType>("name").Description("Name in Chinese, at most 200 characters.");
        Field<StringGraphType>("nameEn").Description("Name in English.");
        Field<StringGraphType>("description").Description("What the project is for.");
        Field<ProjectLevelGraphType>("level").Description("The level of government it is a key project of.");
        Field<StringGraphType>("programmeCode").Description("Code of the programme it belongs to.");
        Field<BooleanGraphType>("isCrossDepartment").Description("True when other departments take part.");
        Field<StringGraphType>("scope").Description("What the project delivers, at most 2000 characters.");
        Field<MoneyInputGraphType>("budget").Description("Total budget requested.");
        Field<DateOnlyGraphType>("startOn").Description("Planned start date.");
        Field<DateOnlyGraphType>("dueOn").Description("Planned completion date, after the start.");
        Field<StringGraphType>("feasibilityStudyReference").Description("Reference of the feasibility study report.");
        this.ReadableBy(Access.Inherited);
    }
}
