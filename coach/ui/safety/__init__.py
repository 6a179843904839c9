"""Safety on screen: the warning-sign dialogs and Today's safety notices."""
