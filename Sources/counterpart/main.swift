print("counterpart")
