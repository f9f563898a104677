using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Mutations;

namespace InfoGov.Api.Leadership;

public sealed class AssignResponsibilityInputGraphType : InputObjectGraphType<AssignResponsibilityInput>
{
    public AssignResponsibilityInputGraphType()
    {
        Name = "AssignResponsibilityInput";
        Description = "Assigns a responsibility of a department to one of its officials; an open assignment of the same kind ends the day before.";
        Field<NonNullGraphType<StringGraphType>>("departmentCode").Description("Code of the department.");
        Field<NonNullGraphType<ResponsibilityKindGraphType>>("kind").Description("The responsibility.");
        Field<NonNullGraphType<IdGraphType>>("holderId").Description("Global id of the official who will hold it.");
        Field<NonNullGraphType<DateOnlyGraphType>>("validFrom").Description("First day in force.");
        Field<DateOnlyGraphType>("validTo").Description("Last day in force; open-ended when omitted.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class DelegateResponsibilityInputGraphType : InputObjectGraphType<DelegateResponsibilityInput>
{
    public DelegateResponsibilityInputGraphType()
    {
        Name = "DelegateResponsibilityInput";
        Description = "Delegates a responsibility to another official of the department for a period.";
        Field<NonNullGraphType<IdGraphType>>("assignmentId").Description("Global id of the responsibility assignment.");
        Field<NonNullGraphType<IdGraphType>>("delegateId").Description("Global id of the official it is delegated to.");
        Field<NonNullGraphType<StringGraphType>>("scope").Description("What exactly is delegated.");
        Field<NonNullGraphType<DateOnlyGraphType>>("validFrom").Description("First day of the delegation.");
        Field<NonNullGraphType<DateOnlyGraphType>>("validTo").Description("Last day of the delegation.");
        Field<MoneyInputGraphType>("signingLimit").Description("For contract signing (required then): the largest contract the delegate signs.");
        Field<IdGraphType>("projectId").Description("For contract signing: the one project the delegate signs for; any project of the department when omitted.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class RevokeDelegationInputGraphType : InputObjectGraphType<RevokeDelegationInput>
{
    public RevokeDelegationInputGraphType()
    {
        Name = "RevokeDelegationInput";
        Description = "Revokes a delegation.";
        Field<NonNullGraphType<IdGraphType>>("delegationId").Description("Global id of the delegation.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Its version; a stale version is refused with CONFLICT.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class RecordFulfilmentInputGraphType : InputObjectGraphType<RecordFulfilmentInput>
{
    public RecordFulfilmentInputGraphType()
    {
        Name = "RecordFulfilmentInput";
        Description = "Evidence that a responsibility was exercised.";
        Field<NonNullGraphType<IdGraphType>>("assignmentId").Description("Global id of the responsibility assignment.");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What was approved or done.");
        Field<NonNullGraphType<DateOnlyGraphType>>("fulfilledOn").Description("When.");
        Field<NonNullGraphType<StringGraphType>>("evidenceReference").Description("Reference of the evidence document.");
        this.ReadableBy(Access.Inherited);
    }
}
