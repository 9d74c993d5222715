using System.Security.Cryptography;
using System.Text;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// SHA-256 over the input files (their paths relative to the data folder and their bytes)
/// and the importer's version: equal fingerprints mean the same data was imported the same way.
/// </summary>
internal static class DataFingerprint
{
    public static string Of(string dataDirectory, IEnumerable<string> files, string importerVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("importer " + importerVersion + "\n"));
        foreach (var file in files.Select(f => Path.GetRelativePath(dataDirectory, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(dataDirectory, file);
            if (!File.Exists(path))
                throw new ImportDataException(file, 0, $"the file is missing under {dataDirectory}");
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(path)));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
