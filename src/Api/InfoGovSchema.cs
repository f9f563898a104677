using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Assessments;
using InfoGov.Api.Authorization;
using InfoGov.Api.Budgets;
using InfoGov.Api.DataSharing;
using InfoGov.Api.Departments;
using InfoGov.Api.Leadership;
using InfoGov.Api.Projects;

namespace InfoGov.Api;

public sealed class InfoGovSchema : Schema
{
    public InfoGovSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation) : base(services)
    {
        Description = "InfoGov: the system of record for governing government informatization.";
        Query = query;
        Mutation = mutation;
        // Reachable only through the Node interface or deep paths; registered so 'node' can return them.
        this.RegisterType<DepartmentGraphType>();
        this.RegisterType<ProgrammeGraphType>();
        this.RegisterType<OfficialGraphType>();
        this.RegisterType<ResponsibilityAssignmentGraphType>();
        this.RegisterType<DelegationGraphType>();
        this.RegisterType<FulfilmentRecordGraphType>();
        this.RegisterType<ProjectGraphType>();
        this.RegisterType<ExpertGraphType>();
        this.RegisterType<SpecialFundGraphType>();
        this.RegisterType<ConsolidationSavingGraphType>();
        this.RegisterType<DataResourceGraphType>();
        this.RegisterType<AssessmentGraphType>();
        // Introspection (GraphiQL, codegen) is cheap metadata; only data fields count toward complexity.
        // Last: it initializes the schema, after which no type can be registered.
        this.WithIntrospectionComplexityImpact(0);
        // Deny by default: an element without an access declaration stops the host here.
        AccessDeclarations.ThrowIfUndeclared(this);
    }
}
