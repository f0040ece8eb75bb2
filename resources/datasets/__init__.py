"""The shipped data sets: datasets.json describes them, one CSV file each holds the numbers."""
