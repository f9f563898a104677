using InfoGov.Infrastructure.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace InfoGov.Api.Engine.Authentication;

/// <summary>JWT bearer authentication: Entra ID through Microsoft.Identity.Web in production, the
/// local issuer in Development and tests. Both validate issuer, audience, signature (RS256 only) and
/// lifetime, and both apply <see cref="TokenRules"/>.</summary>
public static class AuthenticationSetup
{
    private static readonly string[] PublicTenants = ["common", "organizations", "consumers"];

    public static IServiceCollection AddInfoGovAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = services.AddSettings<AccessTokenOptions>(configuration, AccessTokenOptions.Section);
        services.AddTransient<Microsoft.AspNetCore.Authentication.IClaimsTransformation, CallerDepartmentClaims>();
        if (environment.IsDevelopment()) options.UseLocalIssuer = true;
        if (options.UseLocalIssuer && environment.IsProduction())
            throw Settings.Wrong("Authentication:UseLocalIssuer", "the local issuer is not allowed in Production; configure the AzureAd section.");

        if (options.UseLocalIssuer)
        {
            var key = new LocalSigningKey(Path.Combine(environment.ContentRootPath, options.LocalIssuer.KeyFile));
            services.AddSingleton(key);
            services.AddSingleton<LocalTokenIssuer>();
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(bearer =>
            {
                bearer.TokenValidationParameters = Validation(options.LocalIssuer.Issuer, [options.Audience], key.Key);
            });
        }
        else
        {
            var azureAd = configuration.GetSection("AzureAd");
            var tenant = azureAd["TenantId"];
            if (string.IsNullOrWhiteSpace(tenant) || PublicTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))
                throw Settings.Wrong("AzureAd:TenantId", "it must pin the government's tenant (a GUID); 'common', 'organizations' and 'consumers' are refused.");
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(bearer =>
            {
                configuration.Bind("AzureAd", bearer);
                var instance = (azureAd["Instance"] ?? "https://login.microsoftonline.com/").TrimEnd('/');
                string[] audiences = [azureAd["Audience"] ?? options.Audience, azureAd["ClientId"] ?? ""];
                bearer.TokenValidationParameters = Validation($"{instance}/{tenant}/v2.0", audiences.Where(a => a.Length > 0), signingKey: null);
            }, identity => configuration.Bind("AzureAd", identity));
        }

        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure<TimeProvider>((bearer, time) =>
        {
            bearer.MapInboundClaims = false; // keep Entra's claim names: roles, scp, oid
            // Lifetimes are judged by the application's clock, the same one every derived figure uses.
            bearer.TimeProvider = time;
            bearer.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
                TokenLifetime.Validate(notBefore, expires, time.GetUtcNow(), parameters.ClockSkew);
            var validated = bearer.Events.OnTokenValidated;
            bearer.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                if (context.Principal is { } user && TokenRules.Refusal(user, options.RequiredScope) is { } refusal)
                    context.Fail(refusal);
            };
        });
        return services;
    }

    private static TokenValidationParameters Validation(string issuer, IEnumerable<string> audiences, SecurityKey? signingKey) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = issuer,
        ValidateAudience = true,
        ValidAudiences = audiences.ToList(),
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = signingKey,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        ClockSkew = TimeSpan.FromMinutes(2),
        RoleClaimType = "roles",
        NameClaimType = "name",
    };
}
