using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>createProjectDraft</c>.</summary>
public sealed record CreateProjectDraftInput(
    string DepartmentCode, string Name, string? NameEn, string? Description, ProjectLevel Level, string? ProgrammeCode,
    bool? IsCrossDepartment, string Scope, MoneyInput Budget, DateOnly StartOn, DateOnly DueOn, string? FeasibilityStudyReference,
    FundingCategory? FundingCategory = null);

public sealed class CreateProjectDraftInputGraphType : InputObjectGraphType<CreateProjectDraftInput>
{
    public CreateProjectDraftInputGraphType()
    {
        Name = "CreateProjectDraftInput";
        Description = "A new application, saved as a draft of the owning department.";
        Field<NonNullGraphType<StringGraphType>>("departmentCode").Description("Code of the owning department (the construction unit).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name in Chinese, at most 200 characters.");
        Field<StringGraphType>("nameEn").Description("Name in English.");
        Field<StringGraphType>("description").Description("What the project is for.");
        Field<NonNullGraphType<ProjectLevelGraphType>>("level").Description("The level of government it is a key project of.");
        Field<StringGraphType>("programmeCode").Description("Code of the programme it belongs to, if any.");
        Field<BooleanGraphType>("isCrossDepartment").Description("True when other departments take part; false when omitted.");
        Field<NonNullGraphType<StringGraphType>>("scope").Description("What the project delivers, at most 2000 characters.");
        Field<NonNullGraphType<MoneyInputGraphType>>("budget").Description("Total budget requested.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startOn").Description("Planned start date.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("Planned completion date, after the start.");
        Field<StringGraphType>("feasibilityStudyReference").Description("Reference of the feasibility study report; required to submit.");
        Field<FundingCategoryGraphType>("fundingCategory").Description("RESERVE to put the project on the reserve list, waiting for money once approved; FUNDED when omitted.");
        this.ReadableBy(Access.Inherited);
    }
}
