// The Qt Widgets and Charts headers the UI, its tests and the app include most, precompiled once.
#pragma once

#include "pch.h"

#include <QChart>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>
