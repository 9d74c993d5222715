using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

public sealed class ReadingNotesTests
{
    [Fact]
    public void ANameCarriesItsSpecialReadingWithTheLocalOneAndTheSource()
    {
        var note = Assert.Single(PlaceNameRomanizer.Shared.ReadingNotes("解州镇"));

        Assert.Equal("解州", note.Fragment);
        Assert.Equal("xiè zhōu", note.Reading);
        Assert.Equal("hài zhōu", note.LocalReading);
        Assert.False(string.IsNullOrWhiteSpace(note.Source));
    }

    [Theory]
    [InlineData("太原市")]
    [InlineData("")]
    public void OrdinaryNamesHaveNoNotes(string name)
    {
        Assert.Empty(PlaceNameRomanizer.Shared.ReadingNotes(name));
    }
}
