namespace CivilAffairs.Gazetteer.Search;

/// <summary>The search request cannot be answered as asked; the message says what to change.</summary>
public sealed class InvalidSearchException(string message, string parameter) : ArgumentException(message, parameter)
{
    public const string Code = "BAD_USER_INPUT";
}
