using GraphQL;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Features.Notifications;

/// <summary>Which events a subscriber wants: kinds, and the department, project or resource they concern.</summary>
public sealed record EventFilter(IReadOnlySet<EventKind>? Kinds, Guid? DepartmentId, Guid? ProjectId, Guid? ResourceId)
{
    public bool Matches(OutboxMessage message) =>
        (Kinds is null || Kinds.Contains(message.Kind))
        && (DepartmentId is not { } department || message.Concerns(department))
        && (ProjectId is not { } project || message.ProjectId == project)
        && (ResourceId is not { } resource || message.ResourceId == resource);

    public static EventFilter From(IResolveFieldContext context) => new(
        context.GetArgument<List<EventKind>?>("kinds") is { Count: > 0 } kinds ? kinds.ToHashSet() : null,
        IdOf(context, "departmentId", "Department"),
        IdOf(context, "projectId", "Project"),
        IdOf(context, "resourceId", "DataResource"));

    private static Guid? IdOf(IResolveFieldContext context, string argument, string typeName)
    {
        if (context.GetArgument<string?>(argument) is not { } globalId) return null;
        if (!GlobalId.TryDecode(globalId, out var type, out var id) || type != typeName)
            throw new ExecutionError($"'{argument}' must be the global id of a {typeName}.") { Code = ErrorCodes.InvalidId };
        return id;
    }
}
