using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Mutations;

namespace InfoGov.Api.Projects;

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

public sealed class ProjectVersionInputGraphType : InputObjectGraphType<ProjectVersionInput>
{
    public ProjectVersionInputGraphType()
    {
        Name = "ProjectVersionInput";
        Description = "A project and the version the action is based on.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the action is based on; a stale version is refused with CONFLICT.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class CancelProjectInputGraphType : InputObjectGraphType<CancelProjectInput>
{
    public CancelProjectInputGraphType()
    {
        Name = "CancelProjectInput";
        Description = "Cancels a project before acceptance.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the action is based on; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the project is cancelled; required.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class PublishProjectInputGraphType : InputObjectGraphType<PublishProjectInput>
{
    public PublishProjectInputGraphType()
    {
        Name = "PublishProjectInput";
        Description = "A project whose status to publish to the public portal, or to withdraw from it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the action is based on; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<BooleanGraphType>>("published").Description("True to publish the project's status, false to withdraw it.");
        this.ReadableBy(Access.Inherited);
    }
}
