using System.Security.Claims;
using CivilAffairs.Gazetteer.Workflow;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CivilAffairs.Gazetteer.Data.Access;

/// <summary>
/// The registry's access tokens: JWTs signed with HMAC-SHA256 carrying the subject, a role and a
/// jurisdiction (division-code prefix). The CLI issues them for local use; the API checks them
/// with <see cref="ValidationParameters"/>.
/// </summary>
public static class AccessTokens
{
    public const string Issuer = "civilaffairs-gazetteer";
    public const string Audience = "civilaffairs-gazetteer";
    public const string RoleClaim = "role";
    public const string JurisdictionClaim = "jurisdiction";
    public const string SubjectClaim = "sub";

    public static string Issue(byte[] key, Actor actor, DateTimeOffset now, TimeSpan lifetime)
    {
        var handler = new JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = new Dictionary<string, object>
            {
                [SubjectClaim] = actor.Subject,
                [RoleClaim] = StoredNames.Of(actor.Role),
                [JurisdictionClaim] = actor.Jurisdiction,
            },
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }

    public static TokenValidationParameters ValidationParameters(byte[] key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = new SymmetricSecurityKey(key),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = SubjectClaim,
        RoleClaimType = RoleClaim,
    };

    /// <summary>The actor a validated principal stands for; null when a claim is missing or malformed.</summary>
    public static Actor? ActorOf(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirst(SubjectClaim)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var role = principal.FindFirst(RoleClaim)?.Value ?? principal.FindFirst(ClaimTypes.Role)?.Value;
        var jurisdiction = principal.FindFirst(JurisdictionClaim)?.Value;
        return !string.IsNullOrWhiteSpace(subject) && Actor.TryParseRole(role, out var parsed) && Actor.IsJurisdiction(jurisdiction)
            ? new Actor(subject, parsed, jurisdiction)
            : null;
    }
}
