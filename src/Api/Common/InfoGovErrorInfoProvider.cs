using GraphQL;
using GraphQL.Execution;

namespace InfoGov.Api.Common;

/// <summary>
/// Error serialization: every error carries <c>extensions.code</c>. A resolver fault that is not a
/// deliberate <see cref="ExecutionError"/> (a database outage, a bug) is reported as
/// INTERNAL_SERVER_ERROR rather than by its exception type, which would tell clients what runs inside.
/// </summary>
public sealed class InfoGovErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    private readonly bool _exposeDetails = options.ExposeExceptionDetails;

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is UnhandledError && !_exposeDetails && info.Extensions is { } extensions)
        {
            extensions["code"] = ErrorCodes.Internal;
            extensions["codes"] = new[] { ErrorCodes.Internal };
        }
        return info;
    }
}
