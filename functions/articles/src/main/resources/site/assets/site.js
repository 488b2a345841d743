// reader widgets: see issue 6
