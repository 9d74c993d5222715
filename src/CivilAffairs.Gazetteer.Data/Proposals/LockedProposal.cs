using CivilAffairs.Gazetteer.Workflow;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>A proposal read for a transition, its row locked until the transaction ends.</summary>
internal sealed record LockedProposal(
    long Id, ProposalKind Kind, ProposalState State, string Name, string Category, string DivisionCode, Geometry? Geometry,
    long? TargetPlaceId, int Version, string? SubmittedBy, string Provenance, DateOnly? ApprovedOn, DateOnly? AnnouncedOn)
{
    public static async Task<LockedProposal?> ReadAsync(NpgsqlConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT id, kind, state, proposed_name, category, division_code, geom, target_place_id, version, submitted_by, provenance, approved_on, announced_on
            FROM proposal WHERE id = $1 FOR UPDATE
            """, connection);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new LockedProposal(
            reader.GetInt64(0), StoredNames.Parse<ProposalKind>(reader.GetString(1)), StoredNames.Parse<ProposalState>(reader.GetString(2)),
            reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<Geometry>(6),
            reader.IsDBNull(7) ? null : reader.GetInt64(7), reader.GetInt32(8), reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetString(10),
            reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11), reader.IsDBNull(12) ? null : reader.GetFieldValue<DateOnly>(12));
    }
}
