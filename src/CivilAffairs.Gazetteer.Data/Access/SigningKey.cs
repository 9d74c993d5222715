using System.Security.Cryptography;

namespace CivilAffairs.Gazetteer.Data.Access;

/// <summary>
/// The key that signs and checks access tokens (HMAC-SHA256), base64, at least 32 bytes: from
/// GAZETTEER_SIGNING_KEY, or from the file .local/signing-key that ./run.sh creates on first start.
/// It is never committed; a service without one accepts no writes.
/// </summary>
public static class SigningKey
{
    public const string Variable = "GAZETTEER_SIGNING_KEY";
    public const int MinimumBytes = 32;

    public static string FilePath() => Path.Combine(RepositoryPaths.Root(), ".local", "signing-key");

    /// <summary>The configured key, or null when none is configured.</summary>
    public static byte[]? Load(string? configured = null)
    {
        var text = configured;
        if (string.IsNullOrWhiteSpace(text))
            text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            string path;
            try
            {
                path = FilePath();
            }
            catch (DirectoryNotFoundException)
            {
                return null;
            }
            if (!File.Exists(path))
                return null;
            text = File.ReadAllText(path);
        }
        return Decode(text.Trim());
    }

    public static byte[] Decode(string text)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new FormatException($"The signing key is not base64: set {Variable} (or .local/signing-key) to e.g. the output of `head -c 48 /dev/urandom | base64`.");
        }
        return key.Length >= MinimumBytes
            ? key
            : throw new FormatException($"The signing key has {key.Length} bytes; it needs at least {MinimumBytes}.");
    }

    /// <summary>A new random key, base64.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
}
