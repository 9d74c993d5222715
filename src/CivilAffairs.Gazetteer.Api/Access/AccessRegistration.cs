using CivilAffairs.Gazetteer.Data.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CivilAffairs.Gazetteer.Api.Access;

internal static class AccessRegistration
{
    /// <summary>
    /// JWT bearer authentication over the registry's signing key. Reads stay public: a request
    /// without a token, or with a bad one, is answered as anonymous, and only writes then refuse
    /// (UNAUTHENTICATED, naming what was wrong with the token).
    /// </summary>
    public static IHostApplicationBuilder AddGazetteerAccess(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section);
        builder.Services.AddSingleton(services => LoadKey(services.GetRequiredService<IOptions<AccessOptions>>().Value));
        builder.Services.AddSingleton<ClientRateLimits>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AccessOptions>>((jwt, access) =>
            {
                // Without a configured key nothing can validate: a throwaway key keeps the handler working.
                var key = TryKey(access.Value) ?? Convert.FromBase64String(SigningKey.Generate());
                jwt.TokenValidationParameters = AccessTokens.ValidationParameters(key);
                jwt.MapInboundClaims = false;
                // Token lifetimes are real time, whatever clock the registry's dates follow.
                jwt.TimeProvider = TimeProvider.System;
                jwt.Events = new JwtBearerEvents
                {
                    OnAuthenticationFailed = context =>
                    {
                        TokenProblem.Set(context.HttpContext, context.Exception switch
                        {
                            SecurityTokenExpiredException => "the access token has expired: get a new one (gazetteer token ...)",
                            SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException =>
                                "the access token's signature does not match: it was altered or not issued by this service",
                            _ => "the access token is not valid (" + context.Exception.GetType().Name.Replace("Exception", "", StringComparison.Ordinal) + ")",
                        });
                        return Task.CompletedTask;
                    },
                    OnTokenValidated = context =>
                    {
                        if (AccessTokens.ActorOf(context.Principal!) is null)
                        {
                            TokenProblem.Set(context.HttpContext, "the access token lacks a subject, a known role or a jurisdiction");
                            context.Fail("missing claims");
                        }
                        return Task.CompletedTask;
                    },
                };
            });
        return builder;
    }

    private static KeyState LoadKey(AccessOptions options)
    {
        try
        {
            return SigningKey.Load(options.SigningKey) is null
                ? new KeyState(false, $"this service has no signing key configured (Auth:SigningKey, {SigningKey.Variable} or .local/signing-key), so it accepts no writes")
                : new KeyState(true, null);
        }
        catch (FormatException e)
        {
            return new KeyState(false, e.Message);
        }
    }

    private static byte[]? TryKey(AccessOptions options)
    {
        try
        {
            return SigningKey.Load(options.SigningKey);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
