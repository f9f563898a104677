using GraphQL;
using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Shared;

/// <summary>Singleton services a resolver needs, from the request's services.</summary>
public static class ServiceContextExtensions
{
    public static Clock Clock(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<Clock>();

    public static ProgressReportSchedule ReportSchedule(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ProgressReportSchedule>();
}
