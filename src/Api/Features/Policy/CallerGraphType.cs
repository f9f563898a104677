using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Policy;

public sealed class CallerGraphType : ObjectGraphType<Caller>
{
    public CallerGraphType()
    {
        Name = "Caller";
        Description = "Who is calling, as the API sees it from the access token.";
        Field(c => c.Name, nullable: true).Description("Display name of the user, or the application's name or id.");
        Field(c => c.ObjectId, nullable: true).Description("Entra ID object id of the user or of the application's service principal.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("App roles granted to the caller, e.g. Gov.Finance.")
            .Resolve(ctx => ctx.Source.Roles.Order(StringComparer.Ordinal).ToList());
        Field(c => c.Department, nullable: true).Description("Code of the caller's department, from the token's department claim; null for callers without one.");
        Field(c => c.IsApp).Description("True for an application calling with its own identity (app-only token), false for a user.");
        this.ReadableBy(Access.Inherited);
    }
}
