namespace CivilAffairs.Gazetteer.Naming;

/// <summary>Rule 12: names of major historical and cultural value are generally not renamed; a protected one needs protection measures first.</summary>
public static class ProtectedNameCheck
{
    public static RuleResult Check(ProposalKind kind, TargetPlace? target, IReadOnlyList<ProtectionListing> listings)
    {
        if (kind == ProposalKind.Name || target is null)
            return RuleResult.Pass(NamingRules.ProtectedName, "A new name replaces no existing name.");
        var verb = kind == ProposalKind.Rename ? "Renaming" : "Retiring";
        if (listings.Count == 0)
            return RuleResult.Pass(NamingRules.ProtectedName, $"{target.Name} is on no protection list of historical names.");
        var listed = string.Join("; ", listings.Select(l => $"{l.Level} list{(l.Batch is null ? "" : ", batch " + l.Batch)}{(l.Category is null ? "" : ", " + l.Category)}"));
        var measures = listings.SelectMany(l => l.Measures).Distinct().ToList();
        if (measures.Count == 0)
            return RuleResult.Violation(NamingRules.ProtectedName,
                $"{target.Name} is a protected historical name ({listed}) and no protection measures are recorded. {verb} it needs protection measures first " +
                "(name signs, derived naming, reuse of the name, cultural products, publicity): record them on the listing before the proposal goes on.");
        return RuleResult.Warning(NamingRules.ProtectedName,
            $"{target.Name} is a protected historical name ({listed}); such names are generally not renamed. Protection measures are recorded ({string.Join(", ", measures)}): " +
            $"the assessment must show they are in place before {verb.ToLowerInvariant()} it.");
    }
}
