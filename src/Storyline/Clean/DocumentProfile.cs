using Storyline.Text;
using System.Collections.Immutable;

namespace Storyline.Clean;

/// <summary>Facts about a whole document that line rules rely on, computed once before they run.</summary>
/// <param name="DominantScript">The writing system of most letters (e.g. Latin).</param>
/// <param name="Language">ISO 639-1 guess from function words, or null.</param>
/// <param name="SiteNames">Site names seen in a header line ("- Sputnik International") or as a recurring
/// " - Name" suffix: lines ending in them are captions or teasers.</param>
public sealed record DocumentProfile(Script DominantScript, string? Language, ImmutableArray<string> SiteNames);
