namespace CivilAffairs.Gazetteer.Data.Writes;

/// <summary>Why a write was refused; the API answers each with its own extensions.code.</summary>
public enum WriteRefusal
{
    /// <summary>The input is wrong and the client can correct it (BAD_USER_INPUT).</summary>
    BadInput,

    /// <summary>The record does not exist (NOT_FOUND).</summary>
    NotFound,

    /// <summary>The writer's role or jurisdiction does not allow it (FORBIDDEN).</summary>
    Forbidden,

    /// <summary>The record changed since the client read it: a stale version (CONFLICT).</summary>
    Conflict,
}
