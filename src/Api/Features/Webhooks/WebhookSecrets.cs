using Microsoft.AspNetCore.DataProtection;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>Webhook signing secrets as stored: encrypted with ASP.NET Core data protection, whose keys
/// live in the database (so every instance can sign), and shown in clear once, at registration.</summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("InfoGov.Webhooks.SigningSecret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string stored) => _protector.Unprotect(stored);
}
