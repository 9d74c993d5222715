using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Data.Writes;
using GraphQL;

namespace CivilAffairs.Gazetteer.Api.Workflow;

internal static class Refusals
{
    /// <summary>Runs a write, answering a refusal with its extensions.code (nothing was changed).</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (WriteRefusedException refused)
        {
            throw ToError(refused);
        }
    }

    private static ExecutionError ToError(WriteRefusedException refused) => refused.Refusal switch
    {
        WriteRefusal.NotFound => new NotFoundError(refused.Message),
        WriteRefusal.Forbidden => new ForbiddenError(refused.Message),
        WriteRefusal.Conflict => new ConflictError(refused.Message),
        _ => new BadUserInputError(refused.Message),
    };
}
