using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Engine.Errors;

public sealed class UserErrorGraphType : ObjectGraphType<UserError>
{
    public UserErrorGraphType()
    {
        Name = "UserError";
        Description = "Why a mutation was refused. Nothing was changed; the refusal was recorded in the audit trail.";
        Field(e => e.Code).Description("Stable code: " + string.Join("; ", RuleViolation.Codes.Select(c => $"{c.Key}: {c.Value}")) + ".");
        Field(e => e.Message).Description("What is wrong, in words a user can act on.");
        Field(e => e.Field, nullable: true).Description("The input field at fault, when there is one (e.g. 'budget.amount').");
        Field(e => e.CurrentVersion, nullable: true).Description("For CONFLICT: the object's current version; reload it and retry.");
        this.ReadableBy(Access.Inherited);
    }
}
