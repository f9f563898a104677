using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Common;

namespace InfoGov.Api;

public sealed class InfoGovSchema : Schema
{
    public InfoGovSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation, Features.Notifications.SubscriptionGraphType subscription) : base(services)
    {
        Description = "InfoGov: the system of record for governing government informatization.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        // Entity types reachable only through the Node interface or deep paths are registered so that
        // 'node' can return them: every entity graph type of this assembly, found by type, not listed.
        foreach (var graphType in typeof(InfoGovSchema).Assembly.GetTypes().Where(IsEntityGraphType))
            RegisterType(graphType);
        // What current tools ask in introspection (graphql-js getIntrospectionQuery options): repeatable
        // directives and deprecated arguments and input fields.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        // Introspection (GraphiQL, codegen) is cheap metadata; only data fields count toward complexity.
        // Last: it initializes the schema, after which no type can be registered.
        this.WithIntrospectionComplexityImpact(0);
        CurrentIntrospection.Complete(this);
        // Deny by default: an element without an access declaration stops the host here.
        AccessDeclarations.ThrowIfUndeclared(this);
    }

    private static bool IsEntityGraphType(Type type) =>
        type is { IsClass: true, IsAbstract: false, BaseType: { IsGenericType: true } baseType }
        && baseType.GetGenericTypeDefinition() == typeof(ObjectGraphType<>)
        && typeof(Entity).IsAssignableFrom(baseType.GetGenericArguments()[0]);
}
