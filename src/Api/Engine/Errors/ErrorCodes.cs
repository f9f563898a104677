namespace InfoGov.Api.Engine.Errors;

/// <summary>The <c>extensions.code</c> values InfoGov itself produces. Validation and parsing errors
/// keep the codes GraphQL.NET gives them.</summary>
public static class ErrorCodes
{
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string QueryMissing = "QUERY_MISSING";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryOnly = "PERSISTED_QUERY_ONLY";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string UploadTooLarge = "UPLOAD_TOO_LARGE";
    public const string QueryTooLarge = "QUERY_TOO_LARGE";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string NodeLimitExceeded = "NODE_LIMIT_EXCEEDED";
    public const string AliasLimitExceeded = "ALIAS_LIMIT_EXCEEDED";
    public const string RootFieldLimitExceeded = "ROOT_FIELD_LIMIT_EXCEEDED";
    public const string FragmentLimitExceeded = "FRAGMENT_LIMIT_EXCEEDED";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string SubscriptionLimitExceeded = "SUBSCRIPTION_LIMIT_EXCEEDED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPageSize = "INVALID_PAGE_SIZE";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string Internal = "INTERNAL_SERVER_ERROR";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
