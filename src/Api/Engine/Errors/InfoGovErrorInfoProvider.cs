using GraphQL;
using GraphQL.Execution;

namespace InfoGov.Api.Engine.Errors;

/// <summary>
/// Error serialization: every error carries <c>extensions.code</c>. A resolver fault that is not a
/// deliberate <see cref="ExecutionError"/> (a database outage, a bug) is reported as
/// INTERNAL_SERVER_ERROR rather than by its exception type, which would tell clients what runs inside.
/// Exception details (messages, types, stack traces) are shown only in Development, and there only to
/// authenticated callers: an anonymous caller of a development host learns nothing of its internals.
/// </summary>
public sealed class InfoGovErrorInfoProvider(bool exposeDetailsInDevelopment, IHttpContextAccessor http) : IErrorInfoProvider
{
    private readonly ErrorInfoProvider _detailed = new(new ErrorInfoProviderOptions { ExposeExceptionDetails = true });
    private readonly ErrorInfoProvider _plain = new(new ErrorInfoProviderOptions { ExposeExceptionDetails = false });

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var expose = exposeDetailsInDevelopment && http.HttpContext?.User.Identity?.IsAuthenticated == true;
        var info = (expose ? _detailed : _plain).GetInfo(executionError);
        if (executionError is UnhandledError outage && DatabaseOutage.Is(outage.InnerException) && info.Extensions is { } outageExtensions)
        {
            outageExtensions["code"] = ErrorCodes.DatabaseUnavailable;
            outageExtensions["codes"] = new[] { ErrorCodes.DatabaseUnavailable };
            return info with { Message = DatabaseOutage.Message };
        }
        if (executionError is UnhandledError && !expose && info.Extensions is { } extensions)
        {
            extensions["code"] = ErrorCodes.Internal;
            extensions["codes"] = new[] { ErrorCodes.Internal };
        }
        return info;
    }
}
