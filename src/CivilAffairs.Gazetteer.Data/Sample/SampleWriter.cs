using Npgsql;
using NpgsqlTypes;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Writes the generated rows with binary COPY on the caller's transaction, ids included (COPY
/// writes identity columns as given), so references between the tables need no round trips.
/// </summary>
internal sealed class SampleWriter(NpgsqlConnection connection)
{
    public const string Provenance = "sample";

    /// <summary>Index upkeep on a busy server can hold a large COPY's completion well past the default 30 s.</summary>
    private static readonly TimeSpan CopyTimeout = TimeSpan.FromMinutes(10);

    public void Places(IReadOnlyList<PlaceRow> places, string sources)
    {
        using var importer = Begin(
            """
            COPY place (id, code, name, specific, generic, name_traditional, category, romanized, romanized_toneless, pinyin_key, pinyin_initials,
                        reading_needs_review, aliases, division_code, division_codes, geom, point, geom_derived, meaning, origin, history,
                        status, provenance, sources, registered_by)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var place in places)
        {
            importer.StartRow();
            importer.Write(place.Id, NpgsqlDbType.Bigint);
            importer.Write(place.Code, NpgsqlDbType.Text);
            importer.Write(place.Name.Name, NpgsqlDbType.Text);
            importer.Write(place.Name.Specific, NpgsqlDbType.Text);
            importer.Write(place.Name.Generic, NpgsqlDbType.Text);
            importer.Write(place.Romanization.Traditional, NpgsqlDbType.Text);
            importer.Write(place.Category, NpgsqlDbType.Text);
            Text(importer, place.Romanization.Romanized);
            Text(importer, place.Romanization.Toneless);
            Text(importer, place.Romanization.Key);
            Text(importer, place.Romanization.Initials);
            importer.Write(place.Romanization.NeedsReview, NpgsqlDbType.Boolean);
            importer.Write(place.Aliases, NpgsqlDbType.Array | NpgsqlDbType.Text);
            importer.Write(place.DivisionCode, NpgsqlDbType.Text);
            importer.Write(new[] { place.DivisionCode }, NpgsqlDbType.Array | NpgsqlDbType.Text);
            importer.Write(place.Geometry, NpgsqlDbType.Geometry);
            importer.Write(place.Point, NpgsqlDbType.Geometry);
            importer.Write(true, NpgsqlDbType.Boolean);
            Text(importer, place.Story?.Meaning);
            Text(importer, place.Story?.Origin);
            Text(importer, place.Story?.History);
            importer.Write("current", NpgsqlDbType.Text);
            importer.Write(Provenance, NpgsqlDbType.Text);
            importer.Write(sources, NpgsqlDbType.Text);
            importer.Write("gazetteer sample", NpgsqlDbType.Text);
        }
        importer.Complete();
    }

    public void FormerNames(IReadOnlyList<FormerNameRow> formerNames, string source)
    {
        using var importer = Begin(
            "COPY place_former_name (place_id, name, from_year, to_year, approximate, source, note) FROM STDIN (FORMAT BINARY)");
        foreach (var former in formerNames)
        {
            importer.StartRow();
            importer.Write(former.PlaceId, NpgsqlDbType.Bigint);
            importer.Write(former.Name, NpgsqlDbType.Text);
            importer.Write(former.FromYear, NpgsqlDbType.Integer);
            importer.Write(former.ToYear, NpgsqlDbType.Integer);
            importer.Write(former.Approximate, NpgsqlDbType.Boolean);
            importer.Write(source, NpgsqlDbType.Text);
            importer.Write(former.Note, NpgsqlDbType.Text);
        }
        importer.Complete();
    }

    public void HistoricalNames(IReadOnlyList<HistoricalNameRow> names)
    {
        using (var importer = Begin(
            """
            COPY historical_name (id, name, name_traditional, romanized, reading, pinyin_key, feature_type, begin_year, end_year,
                                  begin_approximate, end_approximate, begin_precision, end_precision, arose_era, arose_year, dynasty, status,
                                  geom, location, meaning, origin, evolution, list_level, list_batch, list_date, list_category, evidence,
                                  protection_measures, division_code, source_id, provenance)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var name in names)
            {
                importer.StartRow();
                importer.Write(name.Id, NpgsqlDbType.Bigint);
                importer.Write(name.Record.Simplified, NpgsqlDbType.Text);
                importer.Write(name.Record.Traditional, NpgsqlDbType.Text);
                Text(importer, name.Romanization.Romanized);
                Text(importer, name.Romanization.Romanized);
                Text(importer, name.Romanization.Key);
                importer.Write(name.Record.FeatureType, NpgsqlDbType.Text);
                importer.Write(name.Years.Begin, NpgsqlDbType.Integer);
                if (name.Years.End is { } end) importer.Write(end, NpgsqlDbType.Integer); else importer.WriteNull();
                importer.Write(name.Years.BeginApproximate, NpgsqlDbType.Boolean);
                importer.Write(name.Years.EndApproximate, NpgsqlDbType.Boolean);
                importer.Write(name.Years.BeginPrecision, NpgsqlDbType.Text);
                importer.Write(name.Years.EndPrecision, NpgsqlDbType.Text);
                importer.Write(name.Years.AroseEra, NpgsqlDbType.Text);
                importer.Write(name.Years.AroseYear, NpgsqlDbType.Integer);
                importer.Write(name.Dynasty, NpgsqlDbType.Text);
                importer.Write(name.Status, NpgsqlDbType.Text);
                importer.Write(name.Point, NpgsqlDbType.Geometry);
                importer.Write(name.Record.PresentLocation, NpgsqlDbType.Text);
                importer.Write(name.Story.Meaning, NpgsqlDbType.Text);
                importer.Write(name.Story.Origin, NpgsqlDbType.Text);
                importer.Write(name.Story.Evolution, NpgsqlDbType.Text);
                importer.Write(name.ListLevel, NpgsqlDbType.Text);
                importer.Write(name.ListBatch, NpgsqlDbType.Text);
                importer.Write(name.ListDate, NpgsqlDbType.Date);
                importer.Write(name.ListCategory, NpgsqlDbType.Text);
                importer.Write(name.Evidence, NpgsqlDbType.Text);
                importer.Write(name.ProtectionMeasures, NpgsqlDbType.Array | NpgsqlDbType.Text);
                Text(importer, name.DivisionCode);
                importer.Write(name.Record.TgazId, NpgsqlDbType.Text);
                importer.Write(Provenance, NpgsqlDbType.Text);
            }
            importer.Complete();
        }

        using var citations = Begin(
            "COPY citation (historical_name_id, source, page, note, certainty) FROM STDIN (FORMAT BINARY)");
        foreach (var name in names)
            foreach (var citation in name.Citations)
            {
                citations.StartRow();
                citations.Write(name.Id, NpgsqlDbType.Bigint);
                citations.Write(citation.Source, NpgsqlDbType.Text);
                Text(citations, citation.Page);
                Text(citations, citation.Note);
                citations.Write(citation.Certainty, NpgsqlDbType.Text);
            }
        citations.Complete();
    }

    public void NameEvents(IReadOnlyList<NameEventRow> events, string source)
    {
        using (var importer = Begin("COPY name_event (id, kind, year, approximate, note, source, provenance) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var nameEvent in events)
            {
                importer.StartRow();
                importer.Write(nameEvent.Id, NpgsqlDbType.Bigint);
                importer.Write(nameEvent.Kind, NpgsqlDbType.Text);
                importer.Write(nameEvent.Year, NpgsqlDbType.Integer);
                importer.Write(nameEvent.Approximate, NpgsqlDbType.Boolean);
                importer.Write(nameEvent.Note, NpgsqlDbType.Text);
                importer.Write(source, NpgsqlDbType.Text);
                importer.Write(Provenance, NpgsqlDbType.Text);
            }
            importer.Complete();
        }

        using var links = Begin("COPY name_event_link (event_id, role, historical_name_id, name) FROM STDIN (FORMAT BINARY)");
        foreach (var nameEvent in events)
            foreach (var link in nameEvent.Links)
            {
                links.StartRow();
                links.Write(nameEvent.Id, NpgsqlDbType.Bigint);
                links.Write(link.Role, NpgsqlDbType.Text);
                if (link.HistoricalNameId is { } id) links.Write(id, NpgsqlDbType.Bigint); else links.WriteNull();
                links.Write(link.Name, NpgsqlDbType.Text);
            }
        links.Complete();
    }

    public void Proposals(IReadOnlyList<ProposalRow> proposals)
    {
        using (var importer = Begin(
            """
            COPY proposal (id, kind, state, proposed_name, romanized, pinyin_key, category, division_code, geom, rationale, applicant,
                           target_place_id, place_id, approved_on, filed_on, announced_on, created_at, updated_at, provenance,
                           submitted_by)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var proposal in proposals)
            {
                importer.StartRow();
                importer.Write(proposal.Id, NpgsqlDbType.Bigint);
                importer.Write(proposal.Kind, NpgsqlDbType.Text);
                importer.Write(proposal.State, NpgsqlDbType.Text);
                importer.Write(proposal.Name.Name, NpgsqlDbType.Text);
                Text(importer, proposal.Romanization.Romanized);
                Text(importer, proposal.Romanization.Key);
                importer.Write(proposal.Category, NpgsqlDbType.Text);
                importer.Write(proposal.DivisionCode, NpgsqlDbType.Text);
                importer.Write(proposal.Point, NpgsqlDbType.Geometry);
                importer.Write(proposal.Rationale, NpgsqlDbType.Text);
                importer.Write(proposal.Applicant, NpgsqlDbType.Text);
                if (proposal.TargetPlaceId is { } target) importer.Write(target, NpgsqlDbType.Bigint); else importer.WriteNull();
                if (proposal.PlaceId is { } placeId) importer.Write(placeId, NpgsqlDbType.Bigint); else importer.WriteNull();
                Date(importer, proposal.ApprovedOn);
                Date(importer, proposal.FiledOn);
                Date(importer, proposal.AnnouncedOn);
                importer.Write(proposal.CreatedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
                importer.Write(proposal.UpdatedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
                importer.Write(Provenance, NpgsqlDbType.Text);
                importer.Write(proposal.SubmittedBy, NpgsqlDbType.Text);
            }
            importer.Complete();
        }

        using var events = Begin(
            "COPY proposal_event (proposal_id, at, actor, from_state, to_state, note, reports) FROM STDIN (FORMAT BINARY)");
        foreach (var proposal in proposals)
            foreach (var step in proposal.Events)
            {
                events.StartRow();
                events.Write(step.ProposalId, NpgsqlDbType.Bigint);
                events.Write(step.At.UtcDateTime, NpgsqlDbType.TimestampTz);
                events.Write(step.Actor, NpgsqlDbType.Text);
                Text(events, step.FromState);
                events.Write(step.ToState, NpgsqlDbType.Text);
                events.Write(step.Note, NpgsqlDbType.Text);
                events.Write(step.Reports, NpgsqlDbType.Jsonb);
            }
        events.Complete();
    }

    public void Pois(IReadOnlyList<PoiRow> pois)
    {
        using var importer = Begin(
            """
            COPY poi (id, name, pinyin_key, category, geom, division_code, state, collected_by, collected_at, note, place_id, provenance)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var poi in pois)
        {
            importer.StartRow();
            importer.Write(poi.Id, NpgsqlDbType.Bigint);
            importer.Write(poi.Name, NpgsqlDbType.Text);
            Text(importer, poi.Romanization.Key);
            importer.Write(poi.Category, NpgsqlDbType.Text);
            importer.Write(poi.Point, NpgsqlDbType.Geometry);
            importer.Write(poi.DivisionCode, NpgsqlDbType.Text);
            importer.Write(poi.State, NpgsqlDbType.Text);
            importer.Write(poi.CollectedBy, NpgsqlDbType.Text);
            importer.Write(poi.CollectedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            Text(importer, poi.Note);
            if (poi.PlaceId is { } place) importer.Write(place, NpgsqlDbType.Bigint); else importer.WriteNull();
            importer.Write(Provenance, NpgsqlDbType.Text);
        }
        importer.Complete();
    }

    private NpgsqlBinaryImporter Begin(string copy)
    {
        var importer = connection.BeginBinaryImport(copy);
        importer.Timeout = CopyTimeout;
        return importer;
    }

    private static void Text(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
            importer.WriteNull();
        else
            importer.Write(value, NpgsqlDbType.Text);
    }

    private static void Date(NpgsqlBinaryImporter importer, DateOnly? value)
    {
        if (value is { } date)
            importer.Write(date, NpgsqlDbType.Date);
        else
            importer.WriteNull();
    }
}
