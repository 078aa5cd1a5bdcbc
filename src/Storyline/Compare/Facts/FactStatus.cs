namespace Storyline.Compare.Facts;

public enum FactStatus { Agreed, SingleSource, Contested }
