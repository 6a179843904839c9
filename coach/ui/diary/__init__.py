"""The Diary screen: the daily symptom entry with its body map, the 14-day grid, weekly scores, and Today's evening notice."""
